import { useEffect, useState } from 'react';

/** Seconds left of a countdown that ticks once a second; start it with a number of seconds. */
export function useCountdown(): [secondsLeft: number, start: (seconds: number) => void] {
  const [secondsLeft, setSecondsLeft] = useState(0);
  const running = secondsLeft > 0;
  useEffect(() => {
    if (!running) return undefined;
    const timer = window.setInterval(
      () => setSecondsLeft((seconds) => Math.max(0, seconds - 1)),
      1000,
    );
    return () => window.clearInterval(timer);
  }, [running]);
  return [secondsLeft, setSecondsLeft];
}
