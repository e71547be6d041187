// The console's alert sound. Browsers play sound only after a gesture on the page: the on-duty switch is that gesture.
const sound = new Audio('./_content/UnionHome.Cases/case-alert.wav');

export function unlock() {
  sound.muted = true;
  return sound.play().then(() => { sound.pause(); sound.currentTime = 0; sound.muted = false; }).catch(() => { sound.muted = false; });
}

export function play() {
  sound.currentTime = 0;
  return sound.play().catch(() => {});
}
