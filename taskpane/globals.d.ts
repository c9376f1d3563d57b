/**
 * src/narrative/render/docx.ts names Node's Buffer in the return type of docxBuffer, which the pane never
 * calls (it uses Packer.toBlob); the browser program knows Buffer only as bytes.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a name for the bytes, nothing more
interface Buffer extends Uint8Array {}
