/**
 * The 1200×630 share image (rendered by next/og's ImageResponse, i.e. Satori: flexbox and inline
 * styles only, every element with several children needs display:flex). Colours are the site's
 * (app/globals.css: brand navy, accent red, paper white).
 */
const BRAND = '#0b2545';
const ACCENT = '#ff7a85';
const PAPER = '#ffffff';
const MUTED = '#c9d3e0';

/** Long headlines get smaller type, and are cut so they never overflow the card. */
function headlineStyle(headline: string) {
  const size = headline.length <= 60 ? 76 : headline.length <= 100 ? 62 : 52;
  const text = headline.length > 150 ? `${headline.slice(0, 149).trimEnd()}…` : headline;
  return { size, text };
}

export function ShareCard({ siteName, headline, kicker, label }: { siteName: string; headline: string; kicker?: string | null; label?: string }) {
  const { size, text } = headlineStyle(headline);
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        backgroundColor: BRAND,
        color: PAPER,
        padding: '64px 72px',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', fontSize: 34, fontWeight: 700, letterSpacing: 1 }}>
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            width: 56,
            height: 56,
            marginRight: 20,
            borderRadius: 12,
            backgroundColor: PAPER,
            color: BRAND,
            fontSize: 36,
          }}
        >
          {siteName.replace(/^the\s+/i, '').charAt(0).toUpperCase()}
        </div>
        {siteName}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        {kicker ? (
          <div style={{ display: 'flex', fontSize: 30, color: ACCENT, textTransform: 'uppercase', letterSpacing: 2, marginBottom: 18 }}>
            {kicker}
          </div>
        ) : null}
        <div style={{ display: 'flex', fontSize: size, lineHeight: 1.12, fontWeight: 700 }}>{text}</div>
      </div>
      <div style={{ display: 'flex', borderTop: `4px solid ${ACCENT}`, paddingTop: 20, fontSize: 28, color: MUTED }}>
        {label ?? siteName}
      </div>
    </div>
  );
}
