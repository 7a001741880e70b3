/**
 * A user's own network file → graph, through the same reader the command
 * line uses (format from the extension, GEXF sniffed in .xml), so both accept
 * and reject the same files with the same messages.
 */
import type Graph from 'graphology';
import { readNetworkFile } from '../../../src/formats/read-network-file.ts';

export function readOwnFile(text: string, file: string): { graph: Graph; notes: string[] } {
  const { graph, notes } = readNetworkFile(text, { file });
  return { graph, notes };
}
