import type { RendererApi } from './ipc/contract';

declare global {
  interface Window {
    readonly api: RendererApi;
  }
}

export {};
