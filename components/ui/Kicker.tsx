export function Kicker({ children, className = '' }: { children: React.ReactNode; className?: string }) {
  return <span className={`font-sans text-sm font-bold text-accent ${className}`}>{children}</span>;
}
