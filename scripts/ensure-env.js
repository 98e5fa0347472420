#!/usr/bin/env node
// Creates .env with random secrets on first run outside production, so a fresh clone needs only
// `npm install && npm run develop`. Never touches an existing .env; never runs in production,
// where a missing secret must stop the start (config/secrets.ts).
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const root = path.join(__dirname, '..');
const envFile = path.join(root, '.env');
const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'JWT_SECRET'];

if (process.env.NODE_ENV === 'production' || fs.existsSync(envFile)) process.exit(0);

const random = () => crypto.randomBytes(24).toString('base64');
const template = fs.readFileSync(path.join(root, '.env.example'), 'utf8');
const filled = template.replace(/^([A-Z_]+)=$/gm, (line, name) => {
  if (!SECRETS.includes(name)) return line;
  return `${name}=${name === 'APP_KEYS' ? [random(), random(), random(), random()].join(',') : random()}`;
});
fs.writeFileSync(envFile, filled, { mode: 0o600 });
console.log('Создан .env со случайными секретами (он не попадает в git).');
