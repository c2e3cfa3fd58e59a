/**
 * Invented names and places for demo families. The surnames are deliberately whimsical so nobody
 * mistakes a demo family for a real one; none is taken from the seed reports. Phone numbers use
 * Ofcom's drama range (07700 900000-900999) and postcodes the ZZ99 pseudo-postcode, neither of
 * which reaches a real person or address.
 */
export const CHILD_FIRST_NAMES = [
  'Alder',
  'Bramble',
  'Briar',
  'Clover',
  'Dove',
  'Ember',
  'Fenn',
  'Fable',
  'Hazel',
  'Heron',
  'Idris',
  'Juniper',
  'Kestrel',
  'Kit',
  'Lark',
  'Linnet',
  'Marlo',
  'Moss',
  'Nell',
  'Nova',
  'Orrin',
  'Perry',
  'Pip',
  'Poppy',
  'Quill',
  'Rook',
  'Rowan',
  'Sage',
  'Sorrel',
  'Tansy',
  'Teal',
  'Umber',
  'Vesper',
  'Willow',
  'Wren',
  'Wynn',
  'Yarrow',
  'Zinnia',
  'Acorn',
  'Bryony',
] as const;

export const ADULT_FIRST_NAMES = [
  'Ada',
  'Blythe',
  'Cass',
  'Delphine',
  'Elowen',
  'Fenella',
  'Gideon',
  'Hollis',
  'Ivo',
  'Jessamy',
  'Leander',
  'Mabyn',
  'Ottoline',
  'Peregrine',
  'Rosalind',
  'Silas',
  'Thaddeus',
  'Ursa',
  'Verity',
  'Wilf',
  'Xanthe',
  'Zeb',
  'Bastian',
  'Corin',
  'Dorcas',
  'Evander',
  'Florian',
  'Griselda',
  'Hamish',
  'Isolde',
] as const;

export const FAMILY_SURNAMES = [
  'Brackenwood',
  'Quillfeather',
  'Thistlecombe',
  'Marrowdale',
  'Fernhollow',
  'Puddlecombe',
  'Mossbottom',
  'Nettlefield',
  'Pebbleworth',
  'Rookhaven',
  'Sorrelby',
  'Underbough',
  'Wickerham',
  'Yarrowfold',
  'Hazelnook',
  'Kestrelmere',
  'Lanternby',
  'Millwheel',
  'Periwinkle',
  'Quarrymoss',
  'Saffronby',
  'Tinderbox',
  'Willowmere',
  'Bumblecombe',
  'Candlewick',
  'Dapplegrey',
  'Elderbrook',
  'Gorseworthy',
  'Inkwell',
  'Juniperdale',
  'Lichenfold',
  'Mistlebrook',
  'Oddlestone',
  'Pinecastle',
  'Ravelwood',
  'Snapdragon',
  'Tumbledown',
  'Velvetmoor',
] as const;

/** Surnames of the demo's professionals, none shared with a family, so nobody reads one as a relative. */
export const PROFESSIONAL_SURNAMES = [
  'Glimmerton',
  'Larkwhistle',
  'Moonwell',
  'Oakhallow',
  'Brightwater',
  'Clovermead',
  'Dewberry',
  'Emberlight',
  'Frostwick',
  'Honeyfield',
  'Lumenfold',
  'Pepperidge',
  'Quietbrook',
  'Silverbirch',
  'Thimbleby',
  'Wrenfield',
] as const;

export const STREET_NAMES = [
  'Larkspur Row',
  'Bramble Close',
  'Kettle Lane',
  'Pennywhistle Street',
  'Lantern Court',
  'Mossgate Road',
  'Fiddler’s Walk',
  'Teacup Terrace',
  'Hollyhock Way',
  'Weathervane Avenue',
  'Button Mews',
  'Marigold Crescent',
] as const;

export const TOWN_NAMES = ['Fictonbury', 'Demoford', 'Exampleton', 'Sampleby'] as const;

export const SCHOOL_NAMES = [
  'Larkspur Primary School',
  'Kettle Lane Infant School',
  'Weathervane Academy',
  'Hollyhock Junior School',
  'Fictonbury High School',
  'Demoford Community College',
] as const;

export const NURSERY_NAMES = ['Little Acorns Nursery', 'Teacup Pre-school', 'Buttons Day Nursery'] as const;

export const SURGERY_NAMES = ['Meadowgate Surgery', 'Lantern Court Medical Centre', 'Demoford Health Centre'] as const;

export const HOME_LANGUAGES = [
  'English',
  'English',
  'English',
  'English',
  'Polish',
  'Urdu',
  'Romanian',
  'Welsh',
] as const;

export function demoPhone(lastThreeDigits: number): string {
  return `07700 900${String(lastThreeDigits % 1000).padStart(3, '0')}`;
}

export function demoPostcode(district: number, unit: string): string {
  return `ZZ99 ${district % 10}${unit}`;
}
