import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { CappedTextField } from '../../../../renderer/src/app/CappedTextField';
import { en } from '../../../../renderer/src/app/locales/en';
import { ja } from '../../../../renderer/src/app/locales/ja';

async function render(lng: 'en' | 'ja', value: string) {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    lng,
    interpolation: { escapeValue: false },
  });
  return renderToStaticMarkup(
    <I18nextProvider i18n={instance}>
      <CappedTextField label="Title" value={value} onChange={() => {}} max={10} helperText="A few words" />
    </I18nextProvider>,
  );
}

describe('a capped field', () => {
  it('keeps every character past the limit and says how many are too many', async () => {
    const html = await render('en', 'Checkout is down');
    expect(html).toContain('value="Checkout is down"');
    expect(html).not.toContain('maxlength');
    expect(html).toContain('Limited to 10 characters: 6 too many.');
    expect(html).toContain('aria-invalid="true"');
  });

  it('shows its usual help within the limit, and says it in Japanese for a Japanese IC', async () => {
    expect(await render('en', 'Checkout')).toContain('A few words');
    expect(await render('ja', 'Checkout is down')).toContain('10 文字までです: 6 文字多すぎます。');
  });
});
