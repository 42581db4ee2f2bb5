import { describe, expect, it } from 'vitest';
import { cockpitWindowOptions } from '../../../../main/electron/window-options';

describe('the cockpit window', () => {
  const options = cockpitWindowOptions('/app/out/preload/index.cjs');
  const web = options.webPreferences ?? {};

  it('isolates the page from Node and Electron', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webviewTag).toBe(false);
  });

  it('keeps web security on', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('keeps the clock running while minimised, so reminders still come due', () => {
    expect(web.backgroundThrottling).toBe(false);
  });

  it('never spellchecks, so no dictionary is downloaded from the network', () => {
    expect(web.spellcheck).toBe(false);
  });

  it('loads the bridge preload it is given', () => {
    expect(web.preload).toBe('/app/out/preload/index.cjs');
  });

  it('is titled War Room and hidden until painted', () => {
    expect(options.title).toBe('War Room');
    expect(options.show).toBe(false);
  });
});
