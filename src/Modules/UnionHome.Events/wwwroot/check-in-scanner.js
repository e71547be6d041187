// The door scanner of the check-in page: reads QR codes from the camera with the browser's own BarcodeDetector
// and hands each code to the page. Where there is no camera or no BarcodeDetector, the page keeps to manual entry.
let stream = null;
let timer = 0;

export async function supported() {
  if (!('BarcodeDetector' in window) || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return false;
  try {
    return (await BarcodeDetector.getSupportedFormats()).includes('qr_code');
  } catch {
    return false;
  }
}

export async function start(video, page) {
  stop();
  const detector = new BarcodeDetector({ formats: ['qr_code'] });
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch {
    return false;
  }

  video.srcObject = stream;
  await video.play();
  let last = '';
  let lastAt = 0;
  const scan = async () => {
    if (!stream) return;
    try {
      const code = (await detector.detect(video)).find(c => c.rawValue);
      const now = Date.now();
      // A code held up to the camera is seen many times a second: hand it over once, again only after a pause.
      if (code && (code.rawValue !== last || now - lastAt > 5000)) {
        last = code.rawValue;
        lastAt = now;
        await page.invokeMethodAsync('ScannedAsync', code.rawValue);
      }
    } catch {
      // A frame the detector could not read, or a page that has gone: try the next frame.
    }
    if (stream) timer = setTimeout(scan, 250);
  };
  scan();
  return true;
}

export function stop() {
  clearTimeout(timer);
  if (stream) {
    stream.getTracks().forEach(track => track.stop());
    stream = null;
  }
}
