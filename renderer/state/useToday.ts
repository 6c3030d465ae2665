import { useEffect, useState } from 'react';
import { toDay, type Day } from '../../shared/dates/days';

/** Today's calendar day, refreshed each minute so T-minus labels roll over at midnight. */
export function useToday(): Day {
  const [today, setToday] = useState(() => toDay(new Date()));
  useEffect(() => {
    const timer = setInterval(() => setToday(toDay(new Date())), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
