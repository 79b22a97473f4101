/**
 * A QR code of a link, drawn as inline SVG by lean-qr (no canvas, no image from another
 * origin, no inline style: nothing the CSP has to allow). Only ever given a page's address,
 * which by the URL contract holds answers, never the customer's ID or address.
 *
 * Error correction M survives a phone camera reading a screen or a printed sheet; four
 * modules of quiet zone around it are what the QR standard asks for.
 */
import { correction, generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { useMemo } from 'react';

const QUIET_ZONE = 4;

export function QrCode({ url, className }: { url: string; className?: string }) {
  const { path, size } = useMemo(() => {
    const code = generate(url, { minCorrectionLevel: correction.M });
    return { path: toSvgPath(code), size: code.size };
  }, [url]);
  const box = size + QUIET_ZONE * 2;
  return (
    // The link the code holds is written out beside it; the picture itself is not read out.
    <svg
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${box} ${box}`}
      className={className}
      aria-hidden="true"
      focusable="false"
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={box} height={box} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
