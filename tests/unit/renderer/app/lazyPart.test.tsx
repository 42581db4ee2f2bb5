import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { inlineLoading, lazyPart, preloadParts } from '../../../../renderer/src/app/lazyPart';
import { en } from '../../../../renderer/src/app/locales/en';

function Greeting({ name }: { name: string; open?: boolean }) {
  return <p>Hello {name}</p>;
}

/** A part whose code arrives when the test says, counting how often it was asked for. */
function partOnCue(options: Parameters<typeof lazyPart<{ name: string; open?: boolean }>>[1] = {}) {
  let fetches = 0;
  let arrive: () => void = () => {};
  const part = lazyPart(() => {
    fetches += 1;
    return new Promise<typeof Greeting>((resolve) => (arrive = () => resolve(Greeting)));
  }, options);
  return { part, fetches: () => fetches, arrive: () => arrive() };
}

async function inEnglish(node: React.ReactNode): Promise<string> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({ resources: { en: { translation: en } }, lng: 'en' });
  return renderToStaticMarkup(<I18nextProvider i18n={instance}>{node}</I18nextProvider>);
}

describe('a part loaded apart from the first screen', () => {
  it('shows a named loading bar until its code is in, then renders at once with its props', async () => {
    const { part: Part, arrive } = partOnCue({ fallback: inlineLoading });
    const before = await inEnglish(<Part name="Alice" />);
    expect(before).toContain('aria-label="Loading…"');
    expect(before).not.toContain('Hello');
    const loading = Part.preload();
    arrive();
    await loading;
    expect(await inEnglish(<Part name="Alice" />)).toBe('<p>Hello Alice</p>');
  });

  it('fetches nothing for a closed dialog, and fetches once however often it is opened', async () => {
    const { part: Part, fetches, arrive } = partOnCue({ hidden: (p) => p.open !== true });
    expect(await inEnglish(<Part name="Bob" open={false} />)).toBe('');
    expect(fetches()).toBe(0);
    await inEnglish(<Part name="Bob" open />);
    await inEnglish(<Part name="Bob" open />);
    arrive();
    await Part.preload();
    expect(fetches()).toBe(1);
    expect(await inEnglish(<Part name="Bob" open />)).toBe('<p>Hello Bob</p>');
  });

  it('tries again after a failed fetch instead of failing for good', async () => {
    let attempts = 0;
    const Part = lazyPart(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('The host went away');
      return Greeting;
    });
    await expect(Part.preload()).rejects.toThrow('The host went away');
    await Part.preload();
    expect(renderToStaticMarkup(<Part name="Carol" />)).toBe('<p>Hello Carol</p>');
  });

  it('prefetches every part at idle, past one that fails', async () => {
    let fetched = false;
    lazyPart<{ name: string }>(() => Promise.reject(new Error('gone')));
    const Later = lazyPart(async () => {
      fetched = true;
      return Greeting;
    });
    await preloadParts();
    expect(fetched).toBe(true);
    expect(renderToStaticMarkup(<Later name="Dan" />)).toBe('<p>Hello Dan</p>');
  });
});
