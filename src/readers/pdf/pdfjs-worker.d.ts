/** Types for pdf.js's worker module, which pdfjs-dist ships without declarations (only its presence is used). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
