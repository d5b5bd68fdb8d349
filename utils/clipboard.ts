/**
 * Puts text on the clipboard; says whether it worked. navigator.clipboard first; in a frame the
 * browser does not let write (a page's iframe without clipboard-write, or a document without focus),
 * the older copy command on a selected, off-screen text area, which needs only the user's click.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // fall through to the copy command
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.left = '-9999px';
  doc.body.append(area);
  const focused = doc.activeElement as HTMLElement | null;
  area.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    focused?.focus();
  }
}
