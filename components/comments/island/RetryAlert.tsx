/** "… could not be loaded. Try again": a failed load, with a button that loads it again. */
export function RetryAlert({ message, onRetry, className }: { message: string; onRetry: () => void; className: string }) {
  return (
    <p role="alert" className={className}>
      {message}{' '}
      <button type="button" onClick={onRetry} className="font-semibold text-accent underline hover:no-underline">
        Try again
      </button>
    </p>
  );
}
