import type { Session } from 'electron'

/** The app needs no camera, microphone, notifications or geolocation: every permission request is refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
}
