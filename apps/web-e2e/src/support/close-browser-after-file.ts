import { closeBrowser } from './browser';

// Each test file shares one Chromium between its tests; it goes when the file is done.
afterAll(closeBrowser);
