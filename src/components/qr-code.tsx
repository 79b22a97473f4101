/**
 * A QR code of a link, drawn as inline SVG by lean-qr (no canvas, no image from another
 * origin, no inline style: nothing the CSP has to allow). Only ever given a page's address,
 * which by the URL contract holds answers, never the customer's ID or address.
 *
 * Error correction M survives a phone camera reading a screen or a printed sheet; four
 * modules of quiet zone around it are what the QR standard asks for.
 *
 * Encoding a link (trying every mask) takes tens of milliseconds on a slow phone, so the code
 * is drawn only when it is needed: when its box comes near the screen (a folded one when it is
 * unfolded) or when the page is printed. Until then the box is there, empty, at its size, so
 * nothing moves. The result and the printed sheet show the same address: it is encoded once.
 */
import { correction, generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { usePrinting } from './use-printing';

const QUIET_ZONE = 4;

type Drawn = { readonly path: string; readonly size: number };
const drawn = new Map<string, Drawn>();

function draw(url: string): Drawn {
  let code = drawn.get(url);
  if (!code) {
    const qr = generate(url, { minCorrectionLevel: correction.M });
    code = { path: toSvgPath(qr), size: qr.size };
    drawn.set(url, code);
  }
  return code;
}

/** True once the element has come near the screen. */
function useSeen(element: RefObject<Element | null>): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (seen || !target) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
      },
      { rootMargin: '200px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, seen]);
  return seen;
}

export function QrCode({ url, className }: { url: string; className?: string }) {
  const box = useRef<SVGSVGElement>(null);
  const printing = usePrinting();
  const code = useSeen(box) || printing || drawn.has(url) ? draw(url) : null;
  const side = (code?.size ?? 0) + QUIET_ZONE * 2;
  return (
    // The link the code holds is written out beside it; the picture itself is not read out.
    <svg
      ref={box}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
      className={className}
      aria-hidden="true"
      focusable="false"
      shapeRendering="crispEdges"
      data-drawn={code ? '' : undefined}
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
      {code && <path d={code.path} fill="#000" />}
    </svg>
  );
}
