/**
 * Moves focus to a comment once React has put it on the page (it may appear a frame or two after
 * the state change that adds it). Comments carry tabIndex={-1} so they can take focus.
 */
export function focusComment(id: number, attempts = 30) {
  const attempt = (left: number) => {
    const element = document.querySelector<HTMLElement>(`article[data-comment-id="${id}"]`);
    if (element) {
      element.focus();
      return;
    }
    if (left > 0) requestAnimationFrame(() => attempt(left - 1));
  };
  requestAnimationFrame(() => attempt(attempts));
}
