/**
 * The Vietnamese lunar calendar, written from Hồ Ngọc Đức's published rules ("Thuật toán
 * tính âm lịch", calrules): months start on the day of the astronomical new moon, the 11th
 * month is the one that contains the winter solstice, a leap year (13 months between two
 * 11th months) repeats the first month that contains no major solar term (trung khí).
 * New moons and sun longitudes are computed with the simplified formulae of Jean Meeus'
 * "Astronomical Algorithms" (as in the published rules) and the day is taken in the time
 * zone of the 105°E meridian, UTC+7. That is why Vietnam's Tết differs from China's
 * (UTC+8) in some years: 1985, 2007, 2030.
 *
 * Days are Julian day numbers (integers): the JDN of a Gregorian date at noon.
 */

/** Vietnam: UTC+7 (the 105°E meridian). */
export const VIETNAM_TIME_ZONE_HOURS = 7;

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** True in the repeated (leap) month of a 13-month year. */
  leap: boolean;
}

export interface SolarDate {
  day: number;
  month: number;
  year: number;
}

const PI = Math.PI;
const INT = Math.floor;
/** Mean synodic month, days. */
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01 (k = 0 in NewMoon). */
const NEW_MOON_EPOCH = 2415021.076998695;

/** Julian day number of a Gregorian (from 1582-10-15) or Julian (before) calendar date. */
export function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = INT((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  let jd = dd + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - INT(y / 100) + INT(y / 400) - 32045;
  if (jd < 2299161) {
    jd = dd + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - 32083;
  }
  return jd;
}

/** The calendar date of a Julian day number (Gregorian from JDN 2299161). */
export function jdToDate(jd: number): SolarDate {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = INT((4 * a + 3) / 146097);
    c = a - INT((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = INT((4 * c + 3) / 1461);
  const e = c - INT((1461 * d) / 4);
  const m = INT((5 * e + 2) / 153);
  const day = e - INT((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * INT(m / 10);
  const year = b * 100 + d - 4800 + INT(m / 10);
  return { day, month, year };
}

/**
 * Julian day (fractional, UT) of the k-th new moon after the new moon of 1900-01-01
 * (Meeus, ch. 49, truncated series, with ΔT).
 */
export function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  C1 = C1 - 0.0004 * Math.sin(dr * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + C1 - deltaT;
}

/** Apparent sun longitude in radians, [0, 2π), at Julian day jdn (UT) (Meeus, ch. 25). */
export function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525; // Julian centuries since J2000.0
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2; // mean anomaly
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2; // mean longitude
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L = L - PI * 2 * INT(L / (PI * 2));
  return L;
}

/** Day number (JDN) of the k-th new moon, in the given time zone. */
export function getNewMoonDay(k: number, timeZone = VIETNAM_TIME_ZONE_HOURS): number {
  return INT(newMoon(k) + 0.5 + timeZone / 24);
}

/**
 * The sun's longitude at the start of day `dayNumber` in the given time zone, as the index
 * (0–11) of the 30° sector it is in: 0 from the spring equinox, 9 from the winter solstice.
 */
export function getSunLongitude(dayNumber: number, timeZone = VIETNAM_TIME_ZONE_HOURS): number {
  return INT((sunLongitude(dayNumber - 0.5 - timeZone / 24) / PI) * 6);
}

/** Day number of the first day of the 11th lunar month (the one with the winter solstice) of year yy. */
export function getLunarMonth11(yy: number, timeZone = VIETNAM_TIME_ZONE_HOURS): number {
  const off = jdFromDate(31, 12, yy) - 2415021;
  const k = INT(off / SYNODIC_MONTH);
  let nm = getNewMoonDay(k, timeZone);
  const sunLong = getSunLongitude(nm, timeZone);
  if (sunLong >= 9) {
    nm = getNewMoonDay(k - 1, timeZone);
  }
  return nm;
}

/**
 * In a 13-month lunar year starting at the 11th month a11, the offset (in months, from a11)
 * of the leap month: the first month whose sun-longitude sector does not change, i.e. that
 * contains no major solar term.
 */
export function getLeapMonthOffset(a11: number, timeZone = VIETNAM_TIME_ZONE_HOURS): number {
  const k = INT((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let last: number;
  let i = 1;
  let arc = getSunLongitude(getNewMoonDay(k + i, timeZone), timeZone);
  do {
    last = arc;
    i++;
    arc = getSunLongitude(getNewMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}

/** The lunar date of a solar (Gregorian) date. */
export function solarToLunar(dd: number, mm: number, yy: number, timeZone = VIETNAM_TIME_ZONE_HOURS): LunarDate {
  const dayNumber = jdFromDate(dd, mm, yy);
  let k = INT((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = getNewMoonDay(k + 1, timeZone);
  // The published code steps back once; the true new moon can lag the mean one enough to
  // need a second step (e.g. 2062-04-09, the eve of lunar 1/3), so step until it fits.
  while (monthStart > dayNumber) {
    monthStart = getNewMoonDay(k, timeZone);
    k--;
  }
  let a11 = getLunarMonth11(yy, timeZone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = yy;
    a11 = getLunarMonth11(yy - 1, timeZone);
  } else {
    lunarYear = yy + 1;
    b11 = getLunarMonth11(yy + 1, timeZone);
  }
  const lunarDay = dayNumber - monthStart + 1;
  const diff = INT((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapMonthDiff = getLeapMonthOffset(a11, timeZone);
    if (diff >= leapMonthDiff) {
      lunarMonth = diff + 10;
      if (diff === leapMonthDiff) {
        leap = true;
      }
    }
  }
  if (lunarMonth > 12) {
    lunarMonth -= 12;
  }
  if (lunarMonth >= 11 && diff < 4) {
    lunarYear -= 1;
  }
  return { day: lunarDay, month: lunarMonth, year: lunarYear, leap };
}

/**
 * The Julian day number of a lunar date, or null when it does not exist (a leap month
 * asked for in a year whose leap month is another one, or no leap month at all).
 */
export function lunarToJd(
  lunarDay: number,
  lunarMonth: number,
  lunarYear: number,
  leap = false,
  timeZone = VIETNAM_TIME_ZONE_HOURS,
): number | null {
  let a11: number;
  let b11: number;
  if (lunarMonth < 11) {
    a11 = getLunarMonth11(lunarYear - 1, timeZone);
    b11 = getLunarMonth11(lunarYear, timeZone);
  } else {
    a11 = getLunarMonth11(lunarYear, timeZone);
    b11 = getLunarMonth11(lunarYear + 1, timeZone);
  }
  const k = INT(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let off = lunarMonth - 11;
  if (off < 0) {
    off += 12;
  }
  if (b11 - a11 > 365) {
    const leapOff = getLeapMonthOffset(a11, timeZone);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) {
      leapMonth += 12;
    }
    if (leap && lunarMonth !== leapMonth) {
      return null;
    } else if (leap || off >= leapOff) {
      off += 1;
    }
  } else if (leap) {
    return null;
  }
  const monthStart = getNewMoonDay(k + off, timeZone);
  return monthStart + lunarDay - 1;
}

/** The solar date of a lunar date, or null when it does not exist. */
export function lunarToSolar(
  lunarDay: number,
  lunarMonth: number,
  lunarYear: number,
  leap = false,
  timeZone = VIETNAM_TIME_ZONE_HOURS,
): SolarDate | null {
  const jd = lunarToJd(lunarDay, lunarMonth, lunarYear, leap, timeZone);
  return jd === null ? null : jdToDate(jd);
}

function iso(d: SolarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Tết Nguyên đán (lunar 1/1) of lunar year `year`, as 'YYYY-MM-DD'. */
export function tetDate(year: number): string {
  return iso(jdToDate(lunarToJd(1, 1, year) as number));
}

/** Giỗ Tổ Hùng Vương (lunar 10/3, never in a leap month) of lunar year `year`, as 'YYYY-MM-DD'. */
export function hungKingsDate(year: number): string {
  return iso(jdToDate(lunarToJd(10, 3, year) as number));
}

/** The last day of the lunar year before Tết of `year` (30 or 29 tháng Chạp), as 'YYYY-MM-DD'. */
export function lunarNewYearEveDate(year: number): string {
  return iso(jdToDate((lunarToJd(1, 1, year) as number) - 1));
}
