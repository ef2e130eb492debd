import { execFile } from 'node:child_process';

/**
 * Drives an interactive program through a pseudo-terminal with python3's `pty` module (python3
 * is on every machine that builds the SQLite driver). Each step is typed as given; a step ending
 * in a carriage return waits for the program's prompt to come back, any other (a Tab) waits
 * until the output settles. Ctrl-D ends the session. Resolves to the raw terminal output.
 */
const DRIVER = String.raw`
import fcntl, json, os, pty, re, select, struct, sys, termios, time
steps, command, prompt = json.loads(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3].encode()
pid, fd = pty.fork()
if pid == 0:
    os.execvp(command[0], command)
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 50, 110, 0, 0))
out = bytearray()
def pump(done, timeout):
    end = time.time() + timeout
    quiet_since = time.time()
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                data = os.read(fd, 65536)
            except OSError:
                return False
            if not data:
                return False
            out.extend(data)
            quiet_since = time.time()
        elif done(time.time() - quiet_since):
            return True
    sys.stderr.write('timed out waiting after %d bytes\n' % len(out))
    return False
def prompt_back(start):
    # readline ends a prompt with a cursor move: compare what is left before it.
    return lambda quiet: quiet > 0.05 and b'\n' in out[start:] and re.sub(rb'(\x1b\[[0-9;]*[A-Za-z])+$', b'', bytes(out)).endswith(prompt)
pump(prompt_back(0), 20)
for step in steps:
    start = len(out)
    os.write(fd, step.encode())
    if step.endswith('\r'):
        pump(prompt_back(start), 20)
    else:
        pump(lambda quiet: quiet > 0.4, 5)
os.write(fd, b'\x04')
pump(lambda quiet: False, 10)
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(bytes(out))
sys.exit(os.waitstatus_to_exitcode(status))
`;

export interface PtyRun {
  readonly code: number;
  readonly output: string;
  readonly stderr: string;
}

export function runInPty(
  command: readonly string[],
  steps: readonly string[],
  env: NodeJS.ProcessEnv,
  prompt: string,
): Promise<PtyRun> {
  return new Promise((resolve) => {
    execFile(
      'python3',
      ['-c', DRIVER, JSON.stringify(steps), JSON.stringify(command), prompt],
      { env, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout, stderr }),
    );
  });
}

/**
 * What a terminal would show for `raw`: carriage returns, line feeds and the cursor and erase
 * sequences readline writes (column moves, erase to the end of line or screen, line up/down),
 * applied to a grid of lines; any other escape sequence is dropped. Trailing spaces removed.
 */
export function screenText(raw: string): string {
  const lines: string[] = [''];
  let row = 0;
  let col = 0;
  const line = (): string => lines[row] ?? '';
  const put = (ch: string): void => {
    const current = line().padEnd(col);
    lines[row] = current.slice(0, col) + ch + current.slice(col + 1);
    col += 1;
  };
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] ?? '';
    if (ch === '\u001b') {
      const match = /^\[([0-9;?]*)([A-Za-z])/.exec(raw.slice(i + 1, i + 16));
      if (match === null) continue;
      i += match[0].length;
      const n = Number(match[1] === '' ? NaN : match[1]);
      switch (match[2]) {
        case 'G':
          col = (Number.isNaN(n) ? 1 : n) - 1;
          break;
        case 'C':
          col += Number.isNaN(n) ? 1 : n;
          break;
        case 'D':
          col = Math.max(0, col - (Number.isNaN(n) ? 1 : n));
          break;
        case 'A':
          row = Math.max(0, row - (Number.isNaN(n) ? 1 : n));
          break;
        case 'B':
          row += Number.isNaN(n) ? 1 : n;
          while (lines.length <= row) lines.push('');
          break;
        case 'K':
          lines[row] = line().slice(0, col);
          break;
        case 'J':
          lines[row] = line().slice(0, col);
          lines.length = row + 1;
          break;
      }
      continue;
    }
    if (ch === '\r') col = 0;
    else if (ch === '\n') {
      row += 1;
      col = 0;
      while (lines.length <= row) lines.push('');
    } else if (ch >= ' ') put(ch);
  }
  return lines.map((l) => l.trimEnd()).join('\n');
}
