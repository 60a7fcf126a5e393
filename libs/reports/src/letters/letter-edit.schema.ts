import { z } from 'zod';

// What the issuer may change in a draft letter before it is sent. `revision` is the one
// they edited, so two people editing at once cannot overwrite each other silently.

const isoDate = z.iso.date({ message: 'ngày phải có dạng YYYY-MM-DD (expected a date as YYYY-MM-DD)' });

export const letterEditSchema = z
  .object({
    revision: z.number({ message: 'thiếu số phiên bản đang sửa (revision is required)' }).int().min(1),
    number: z.string().trim().min(1).max(20).nullable().optional(),
    date: isoDate.nullable().optional(),
    newDueDate: isoDate.optional(),
    note: z.string().trim().max(4000).nullable().optional(),
    addressee: z
      .object({ name: z.string().trim().max(200), title: z.string().trim().min(1).max(300) })
      .strict()
      .optional(),
    signer: z
      .object({ authority: z.string().trim().max(100), title: z.string().trim().min(1).max(100), name: z.string().trim().min(1).max(200) })
      .strict()
      .optional(),
    recipients: z.array(z.string().trim().min(1).max(300)).min(1).max(30).optional(),
    /** Tasks to leave out of the letter (e.g. reported in the meantime). */
    removeTaskIds: z.array(z.string().min(1)).max(500).optional(),
  })
  .strict()
  .refine((e) => Object.keys(e).length > 1, { message: 'không có gì để sửa (nothing to change)' });

export type LetterEdit = z.infer<typeof letterEditSchema>;

export const letterSendSchema = z
  .object({ revision: z.number({ message: 'thiếu số phiên bản (revision is required)' }).int().min(1) })
  .strict();
export type LetterSend = z.infer<typeof letterSendSchema>;
