/** Receives the pictures of POST /producer/uploads in memory, with the size and count limits answered in plain words. */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MAX_IMAGE_BYTES, MAX_IMAGES_PER_UPLOAD } from "../../../lib/producer-portal/images"

// multer (Medusa's own multipart parser) ships no type declarations.
const multer: any = require("multer")

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_IMAGE_BYTES, files: MAX_IMAGES_PER_UPLOAD, fields: 0, parts: MAX_IMAGES_PER_UPLOAD },
}).array("files", MAX_IMAGES_PER_UPLOAD)

const MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: `Each picture must be at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB`,
  LIMIT_FILE_COUNT: `Please attach 1 to ${MAX_IMAGES_PER_UPLOAD} pictures in the field files`,
  LIMIT_PART_COUNT: `Please attach 1 to ${MAX_IMAGES_PER_UPLOAD} pictures in the field files`,
  LIMIT_UNEXPECTED_FILE: `Please attach 1 to ${MAX_IMAGES_PER_UPLOAD} pictures in the field files`,
  LIMIT_FIELD_COUNT: "Only pictures in the field files can be sent",
}

export function receiveProducerImages(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!req.is("multipart/form-data")) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Please send the pictures as multipart/form-data in the field files`))
  }
  upload(req as any, res as any, (err: any) => {
    if (!err) return next()
    // Too large is 413 (Payload Too Large), as for an oversized JSON body.
    if (err instanceof multer.MulterError && err.code === "LIMIT_FILE_SIZE") return res.status(413).json({ type: "invalid_data", message: MESSAGES.LIMIT_FILE_SIZE })
    if (err instanceof multer.MulterError) return next(new MedusaError(MedusaError.Types.INVALID_DATA, MESSAGES[err.code] ?? err.message))
    next(new MedusaError(MedusaError.Types.INVALID_DATA, "The upload could not be read; please try again"))
  })
}
