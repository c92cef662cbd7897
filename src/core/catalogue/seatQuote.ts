/**
 * The seat-quote file, version 1: the `quote seat` command's inputs, saved. A catalogue like the
 * scenario's, built with the same node builders, so its schema holds every figure to MAX_FIGURE
 * and its lists and text to the same limits (limits.ts). Lower bounds and the working-days and
 * margin ranges are left to the core (src/core/seat.ts), which the command lets name the field
 * as "file.json: seats" — the wording seat-quote users already get.
 */
import type { z } from "zod";
import { SENTENCES as S } from "../sentences";
import { group, literal, num, text, type NumberSpec } from "./nodes";

/** A figure of the file: any finite number up to MAX_FIGURE; its range is the core's to check. */
const figure = <const U extends NumberSpec["unit"]>(unit: U, label: NumberSpec["label"]) =>
  num({ unit, min: -Infinity, optional: true, tooLarge: S.seatFigureTooLarge, label });

export const SEAT_QUOTE = group(
  { label: S.seatFile },
  {
    kind: literal("seatQuote"),
    version: literal(1),
    name: text({ unit: "text", maxLength: 200, optional: true, label: S.seatFileName }),
    currency: text({ unit: "currency", optional: true, pattern: { regex: /^[A-Z]{3}$/, message: S.currencyCode }, label: S.seatFileCurrency }),
    notes: text({ unit: "text", maxLength: 5000, optional: true, multiline: true, label: S.seatFileNotes }),
    dailyRate: figure("money", S.seatFileDailyRate),
    workDays: figure("days", S.seatFileWorkDays),
    months: figure("months", S.seatFileMonths),
    seats: figure("people", S.seatFileSeats),
    phoneFeePerSeatMonth: figure("money", S.seatFilePhone),
    pricing: group(
      { label: S.seatFilePricing, optional: true },
      {
        method: text({ unit: "text", options: ["margin", "markup"], label: S.seatFileMethod }),
        rate: num({ unit: "ratio", min: -Infinity, tooLarge: S.seatFigureTooLarge, label: S.seatFileRate }),
      },
    ),
  },
);

/** The seat-quote file's validator: the catalogue's schema. */
export const seatQuoteSchema = SEAT_QUOTE.schema;

export type SeatQuoteFile = z.infer<typeof seatQuoteSchema>;
