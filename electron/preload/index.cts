// Sandboxed preloads run as CommonJS with a limited require(); esbuild bundles this file.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld(
  'tcns',
  createBridge(
    (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    (channel, listener) => ipcRenderer.on(channel, (_event, ...args) => listener(...args)),
  ),
);
