// Unit tests for reading hashcat's status lines (run by `npm test`'s `scripts` step).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseStatusSpeed, speedFromStatus } from './hashcat-peer.mjs';

const status = (...speeds) =>
  JSON.stringify({
    session: 'jwt-lab-bench',
    status: 3,
    devices: speeds.map((speed, id) => ({ device_id: id + 1, speed })),
  });

describe('parseStatusSpeed', () => {
  for (const [name, line, expected] of [
    ['one device', status(1_100_000), 1_100_000],
    ['devices are summed', status(400, 600), 1000],
    ['leading spaces', `   ${status(5)}`, 5],
    ['after the interactive prompt', `[s]tatus [p]ause [f]inish [q]uit =>   ${status(7)}`, 7],
    ['not JSON', 'Session..........: hashcat', null],
    ['broken JSON', '{"devices": [', null],
    ['JSON without devices', '{"session":"x"}', null],
    ['devices without speeds', JSON.stringify({ devices: [{ device_id: 1 }] }), null],
    ['a JSON array', '[1,2]', null],
  ])
    it(name, () => assert.equal(parseStatusSpeed(line), expected));
});

describe('speedFromStatus', () => {
  it('drops the first (ramp-up) status and takes the median of the rest', () => {
    const output = [
      'hashcat (v6.2.6) starting',
      status(0),
      status(10),
      'noise',
      status(900),
      status(1100),
      status(1000),
    ].join('\n');
    assert.equal(speedFromStatus(output), 1000);
  });
  it('is null with fewer than two status lines', () => {
    assert.equal(speedFromStatus(`starting\n${status(10)}\n`), null);
    assert.equal(speedFromStatus(''), null);
  });
});
