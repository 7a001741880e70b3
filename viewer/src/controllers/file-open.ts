/** A file picker and drag-and-drop onto the page both hand one File to `onFile`. */
export function bindFileOpen(dropTarget: HTMLElement, input: HTMLInputElement, onFile: (file: File) => void): void {
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) onFile(file);
    input.value = '';
  });
  let depth = 0;
  dropTarget.addEventListener('dragenter', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    depth++;
    dropTarget.classList.add('dropping');
  });
  dropTarget.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) dropTarget.classList.remove('dropping');
  });
  dropTarget.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  dropTarget.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    dropTarget.classList.remove('dropping');
    const file = event.dataTransfer?.files[0];
    if (file) onFile(file);
  });
}
