import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

/** The part of the Shape Detection API the scanner uses (not yet in TypeScript's DOM types). */
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorConstructor = new (options?: { formats?: string[] }) => BarcodeDetectorLike;

const SCAN_INTERVAL_MS = 200;

function barcodeDetector(): BarcodeDetectorConstructor | null {
  const ctor = (window as unknown as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
  return ctor && typeof navigator.mediaDevices?.getUserMedia === 'function' ? ctor : null;
}

/**
 * Reads a badge's QR code with the device camera (the browser's BarcodeDetector: Chrome on Android,
 * ChromeOS and macOS) and hands the code over as if it had been typed. Shown only where the browser
 * can do it; elsewhere the code is typed, or read by a barcode scanner into the code field.
 */
export function BadgeScanner({ onCode, disabled }: { onCode(code: string): void; disabled?: boolean }) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [scanning, setScanning] = useState(false);
  const [failed, setFailed] = useState(false);
  const [Detector] = useState(barcodeDetector);
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  });

  useEffect(() => {
    if (!scanning || !Detector) return;
    let stopped = false;
    let stream: MediaStream | null = null;
    const stop = () => stream?.getTracks().forEach((track) => track.stop());
    void (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
        if (stopped) return stop();
        const video = videoRef.current!;
        video.srcObject = stream;
        await video.play();
        const detector = new Detector({ formats: ['qr_code'] });
        while (!stopped) {
          const code = (await detector.detect(video)).find((c) => c.rawValue.trim())?.rawValue.trim();
          if (code) {
            stopped = true;
            setScanning(false);
            onCodeRef.current(code);
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, SCAN_INTERVAL_MS));
        }
      } catch {
        if (!stopped) {
          setFailed(true);
          setScanning(false);
        }
      } finally {
        stop();
      }
    })();
    return () => {
      stopped = true;
      stop();
    };
  }, [scanning, Detector]);

  if (!Detector) return null;
  return (
    <div className="badge-scanner stack-sm">
      {scanning ? (
        <>
          <video
            ref={videoRef}
            className="badge-scanner__video"
            muted
            playsInline
            aria-label={t('events.checkIn.cameraView')}
          />
          <p role="status">{t('events.checkIn.scanning')}</p>
          <Button variant="secondary" onClick={() => setScanning(false)}>
            {t('events.checkIn.stopScan')}
          </Button>
        </>
      ) : (
        <Button
          variant="secondary"
          disabled={disabled}
          onClick={() => {
            setFailed(false);
            setScanning(true);
          }}
        >
          {t('events.checkIn.scan')}
        </Button>
      )}
      {failed && <p role="alert">{t('events.checkIn.cameraFailed')}</p>}
    </div>
  );
}
