import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The frame of the sign-in, lock and first-run screens: the brand, one card, nothing else on screen. */
export function AuthFrame({ title, children, wide = false }: { title: string; children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="auth-frame">
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
      </header>
      <main id="main" className="auth-main">
        <section className={wide ? 'auth-card auth-card-wide' : 'auth-card'} aria-labelledby="auth-title">
          <h1 id="auth-title">{title}</h1>
          {children}
        </section>
      </main>
    </div>
  );
}
