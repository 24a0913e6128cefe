/** Every `gongkai` command, in the order the help lists them. */
import type { Command } from '../command.js';
import { checkCommand, parseCommand } from './parse-check.js';

export const COMMANDS: readonly Command[] = [parseCommand, checkCommand];
