import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { MAX_IMAGES_PER_UPLOAD, processProducerImage } from "../../../lib/producer-portal/images"
import { producerScope } from "../scope"

/** Pictures for the producer's listings, stored as responsive WebP; the largest size's url goes into a listing's images. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  producerScope(req)
  const files = ((req as any).files ?? []) as { buffer: Buffer }[]
  if (!files.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Please attach 1 to ${MAX_IMAGES_PER_UPLOAD} pictures in the field files`)
  const images = []
  for (const file of files) images.push(await processProducerImage(file.buffer))
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: images.flatMap((image) =>
        image.sizes.map((size) => ({ filename: size.filename, mimeType: "image/webp", content: size.content.toString("base64"), access: "public" as const }))
      ),
    },
  })
  let i = 0
  const answer = images.map((image) => {
    const sizes = image.sizes.map((size) => ({ width: size.width, url: result[i++].url }))
    return { url: sizes[sizes.length - 1].url, width: image.width, height: image.height, sizes }
  })
  res.json({ images: answer })
}
