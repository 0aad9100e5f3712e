/**
 * The `$corroborate` problem matcher contributed in package.json reads the text format, with or
 * without colours, and nothing else; the task definition and the task's command line agree.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/main';
import { REPO_ROOT, SHARED, NATO } from '../helpers/paths';

interface Matcher {
  name: string;
  fileLocation: string[];
  pattern: { regexp: string; file: number; line: number; column: number; severity: number; message: number; code: number };
}

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  contributes: { problemMatchers: Matcher[]; taskDefinitions: Array<{ type: string; properties: Record<string, unknown> }> };
};

async function textOutput(color: boolean): Promise<string> {
  let stdout = '';
  await runCli(['check', NATO, '--format', 'text', '--show-hints'], {
    cwd: SHARED, stdout: (t) => (stdout += t), stderr: () => undefined, stderrIsTTY: false, stdoutIsTTY: color, today: '2026-11-25', version: '0.0.0-test',
  });
  return stdout;
}

describe('the $corroborate problem matcher', () => {
  const matcher = manifest.contributes.problemMatchers.find((m) => m.name === 'corroborate')!;
  // VS Code builds the expression the same way: new RegExp(regexp).
  const regexp = new RegExp(matcher.pattern.regexp);

  for (const color of [false, true]) {
    test(`matches every finding line of the text format${color ? ' in colour' : ''}, and no other line`, async () => {
      const lines = (await textOutput(color)).trimEnd().split('\n');
      const findings = lines.filter((l) => /^\S.*:\d+:\d+: /.test(l));
      assert.ok(findings.length > 10);
      for (const line of lines) {
        const match = regexp.exec(line);
        assert.equal(!!match, findings.includes(line), line);
        if (!match) continue;
        const plain = line.replace(/\u001b\[[0-9;]*m/g, '');
        const [, file, row, column, severity, message, code] = /^(.+?):(\d+):(\d+): (\w+) (.*) \[(.+)\]$/.exec(plain)!;
        assert.equal(match[matcher.pattern.file], file);
        assert.equal(match[matcher.pattern.line], row);
        assert.equal(match[matcher.pattern.column], column);
        assert.equal(match[matcher.pattern.severity], severity);
        assert.equal(match[matcher.pattern.message], message);
        assert.equal(match[matcher.pattern.code], code);
        assert.match(severity, /^(?:error|warning|info|hint)$/);
      }
      if (color) assert.ok(findings.some((l) => l.includes('\u001b[')), 'the colour run is coloured');
    });
  }

  test('file paths are relative to the workspace folder the task runs in', () => {
    assert.deepEqual(matcher.fileLocation, ['autoDetect', '${workspaceFolder}']);
  });

  test('the task definition takes paths and options', () => {
    const definition = manifest.contributes.taskDefinitions.find((d) => d.type === 'corroborate');
    assert.ok(definition);
    assert.deepEqual(Object.keys(definition.properties).sort(), ['args', 'paths']);
  });
});
