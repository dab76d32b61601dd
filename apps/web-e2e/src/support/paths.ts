import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..', '..', '..');
export const API_ENTRY = join(REPO_ROOT, 'apps', 'api', 'dist', 'main.js');
export const CONSOLE_INDEX = join(REPO_ROOT, 'apps', 'web', 'dist', 'index.html');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'apps', 'web-e2e', 'screenshots');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
