import type { ChildProcess } from 'node:child_process';

/**
 * Resolves with the last batch number a writer process printed on stdout (one number a line) once
 * it reaches `atLeast`; rejects, with the writer's stderr, if the writer exits first. The crash
 * tests of the stores kill the writer right after.
 */
export const runUntil = (child: ChildProcess, atLeast: number): Promise<number> =>
  new Promise((resolve, reject) => {
    let last = 0;
    let buffered = '';
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) last = Number(line);
      if (last >= atLeast) resolve(last);
    });
    child.on('exit', (code, signal) => reject(new Error(`writer exited early (${code ?? signal}): ${stderr}`)));
  });
