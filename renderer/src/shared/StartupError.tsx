/** Why the app could not start (no way to reach the core, or the workspace did not load), in place of the app. */
export function StartupError({ message }: { message: string }) {
  return (
    <div className="startup-error" role="alert">
      <h1>Tessera</h1>
      <p>{message}</p>
    </div>
  )
}
