// GOV.UK Frontend's styles for pages that run JavaScript. A file rather than the usual inline snippet, so the
// Content-Security-Policy can refuse every inline script.
document.body.className += ' js-enabled govuk-frontend-supported';
