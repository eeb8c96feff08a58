// The HTML of the ui compilation's pages (html-webpack-plugin templateContent).
'use strict';

const { CSP } = require('./csp');

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** `page.office`: 'cdn' loads office.js from Microsoft, 'none' nothing; `page.scripts` are added after the root. */
function pageTemplate(page, csp = CSP) {
  const office = page.office === 'cdn' ? `\n    <script src="${OFFICE_JS_CDN}"></script>` : '';
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <title>${page.title}</title>${office}
  </head>
  <body>
    <div id="root"></div>${(page.scripts || []).map((src) => `\n    <script defer src="${src}"></script>`).join('')}
  </body>
</html>
`;
}

module.exports = { OFFICE_JS_CDN, pageTemplate };
