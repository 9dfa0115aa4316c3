import { describe, expect, it } from 'vitest';
import { ConcurrencyGate } from './concurrency-gate.ts';

describe('the concurrency gate', () => {
  it('lets `limit` in at once and the rest in order of arrival as places free up', () => {
    const gate = new ConcurrencyGate(2, 10);
    const started: string[] = [];
    const leave = Object.fromEntries(['a', 'b', 'c', 'd'].map((name) => [name, gate.enter(() => started.push(name))!]));
    expect(started).toEqual(['a', 'b']);
    expect([gate.running, gate.waiting]).toEqual([2, 2]);
    leave.b!();
    expect(started).toEqual(['a', 'b', 'c']);
    leave.a!();
    leave.c!();
    leave.d!();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    expect([gate.running, gate.waiting]).toEqual([0, 0]);
  });

  it('refuses arrivals once `queueLimit` wait, and takes them again when the queue moves', () => {
    const gate = new ConcurrencyGate(1, 1);
    const holder = gate.enter(() => {})!;
    expect(gate.enter(() => {})).not.toBeNull();
    expect(gate.enter(() => {})).toBeNull();
    holder();
    expect(gate.enter(() => {})).not.toBeNull();
  });

  it('forgets an arrival that leaves while waiting, and counts each leave once', () => {
    const gate = new ConcurrencyGate(1, 10);
    const started: string[] = [];
    const a = gate.enter(() => started.push('a'))!;
    const b = gate.enter(() => started.push('b'))!;
    gate.enter(() => started.push('c'));
    b(); // gone before its turn
    a();
    a(); // a second leave does not free a second place
    expect(started).toEqual(['a', 'c']);
    expect([gate.running, gate.waiting]).toEqual([1, 0]);
  });
});
