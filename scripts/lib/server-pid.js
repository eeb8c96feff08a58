// Where `npm start` records its process id for `npm run stop` (inside the checkout, git-ignored).
'use strict';
const path = require('path');
module.exports = { PID_FILE: path.join(__dirname, '..', '..', '.cache', 'playground-server.json') };
