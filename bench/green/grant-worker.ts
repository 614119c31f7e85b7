/**
 * @module bench/green/grant-worker
 * A worker thread of the parallel grant run: plans one partition (by enterprise) and posts its
 * figures back. Started by `runGrantsInWorkers`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type GrantRunOptions, runGrantPart } from './grant-run.ts';

parentPort!.postMessage(runGrantPart(workerData as GrantRunOptions));
