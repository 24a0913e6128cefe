/** Checking the agency's place name against the official list of administrative divisions. */

export interface AgencyReading {
  name: string;
  printed: string;
  printedPlace: string;
  corrected: boolean;
}

export function correctAgency(printed: string): AgencyReading {
  return { name: printed, printed, printedPlace: printed, corrected: false };
}
