import { useTranslation } from 'react-i18next';
import type { CarTView } from '../../../../../shared/ipc/contract/charting';

// Day 0–14 after the CAR T infusion: CRS and ICANS grades (0–4, left axis) and the temperature (right axis,
// 35–41 °C), one column per day. Inline SVG, no library; the same numbers are in the table below it.

const W = 640;
const H = 240;
const PAD = { left: 44, right: 48, top: 16, bottom: 36 };
const DAYS = 14;
const T_MIN = 35;
const T_MAX = 41;

const x = (day: number) => PAD.left + (day / DAYS) * (W - PAD.left - PAD.right);
const yGrade = (grade: number) => H - PAD.bottom - (grade / 4) * (H - PAD.top - PAD.bottom);
const yTemp = (c: number) =>
  H - PAD.bottom - ((Math.min(Math.max(c, T_MIN), T_MAX) - T_MIN) / (T_MAX - T_MIN)) * (H - PAD.top - PAD.bottom);

type Point = CarTView['points'][number];

function path(points: { day: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.day).toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

export function TrendChart({ points }: { points: Point[] }) {
  const { t } = useTranslation();
  // Only decided grades are plotted: a "not gradable yet" point is left out rather than drawn at 0.
  const graded = (g: Point['crs']) => (g?.status === 'graded' ? g.grade : null);
  const crs = points.flatMap((p) => (graded(p.crs) === null ? [] : [{ day: p.day, y: yGrade(graded(p.crs)!) }]));
  const icans = points.flatMap((p) => (graded(p.icans) === null ? [] : [{ day: p.day, y: yGrade(graded(p.icans)!) }]));
  const temp = points.filter((p) => p.temperatureC !== null).map((p) => ({ day: p.day, y: yTemp(p.temperatureC!) }));
  return (
    <figure className="cs-trend" data-testid="trend-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('chairside.carT.chartLabel')}>
        {[0, 1, 2, 3, 4].map((g) => (
          <g key={g}>
            <line x1={PAD.left} x2={W - PAD.right} y1={yGrade(g)} y2={yGrade(g)} className="cs-grid-line" />
            <text x={PAD.left - 8} y={yGrade(g) + 4} textAnchor="end" className="cs-axis">
              {g}
            </text>
          </g>
        ))}
        {[35, 37, 39, 41].map((c) => (
          <text key={c} x={W - PAD.right + 6} y={yTemp(c) + 4} className="cs-axis">
            {c}°
          </text>
        ))}
        {Array.from({ length: DAYS + 1 }, (_, d) => (
          <text key={d} x={x(d)} y={H - PAD.bottom + 16} textAnchor="middle" className="cs-axis">
            {d}
          </text>
        ))}
        <text x={(W - PAD.right + PAD.left) / 2} y={H - 4} textAnchor="middle" className="cs-axis">
          {t('chairside.carT.dayAxis')}
        </text>
        <line x1={x(0)} x2={x(DAYS)} y1={yTemp(38)} y2={yTemp(38)} className="cs-fever-line" />
        <path d={path(temp)} className="cs-line-temp" />
        <path d={path(crs)} className="cs-line-crs" />
        <path d={path(icans)} className="cs-line-icans" />
        {temp.map((p, i) => (
          <circle key={`t${i}`} cx={x(p.day)} cy={p.y} r={3} className="cs-dot-temp" />
        ))}
        {crs.map((p, i) => (
          <rect key={`c${i}`} x={x(p.day) - 5} y={p.y - 5} width={10} height={10} className="cs-dot-crs" />
        ))}
        {icans.map((p, i) => (
          <path key={`i${i}`} d={`M${x(p.day)},${p.y - 7} l7,12 l-14,0 z`} className="cs-dot-icans" />
        ))}
      </svg>
      <figcaption className="cs-legend">
        <span>
          <span aria-hidden="true" className="cs-key cs-key-crs">
            ■
          </span>{' '}
          {t('chairside.carT.crs')}
        </span>
        <span>
          <span aria-hidden="true" className="cs-key cs-key-icans">
            ▲
          </span>{' '}
          {t('chairside.carT.icans')}
        </span>
        <span>
          <span aria-hidden="true" className="cs-key cs-key-temp">
            ●
          </span>{' '}
          {t('chairside.carT.temperature')}
        </span>
        <span>
          <span aria-hidden="true" className="cs-key cs-key-fever">
            ┄
          </span>{' '}
          38 °C
        </span>
      </figcaption>
    </figure>
  );
}
