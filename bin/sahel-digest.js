#!/usr/bin/env node
// Launcher: registers the TypeScript loader, then hands over to the command line.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
