import { hash, verify } from '@node-rs/argon2'
import type pg from 'pg'
import { said } from '../core/shared/i18n/said'
import { ApiError } from '../core/shared/errors'

export const ROLES = ['owner', 'curator', 'annotator'] as const
export type Role = (typeof ROLES)[number]

/** Shorter passwords are refused: a team server is reachable by others, and argon2id only slows guessing down. */
export const MIN_PASSWORD_LENGTH = 12

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane), written into each hash so it can grow later.
const ARGON2ID = 2
const HASH_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export interface NewUser {
  name: string
  role: Role
  password: string
}

/** Adds an account; refuses a name taken, a name with control characters, or a short password, naming which. */
export async function addUser(client: pg.ClientBase, user: NewUser): Promise<{ id: number; name: string; role: Role }> {
  const name = user.name.trim()
  if (name.length === 0 || name.length > 200 || /\p{Cc}/u.test(name)) throw new ApiError('invalid-input', said('problems.team.badUserName', { name: JSON.stringify(user.name) }))
  if (!ROLES.includes(user.role)) throw new ApiError('invalid-input', said('problems.team.badRole', { role: user.role, roles: ROLES.join(', ') }))
  if ([...user.password].length < MIN_PASSWORD_LENGTH) throw new ApiError('invalid-input', said('problems.team.shortPassword', { count: MIN_PASSWORD_LENGTH }))
  const passwordHash = await hash(user.password, HASH_OPTIONS)
  const { rows } = await client.query<{ id: string }>(
    'INSERT INTO users (name, password_hash, role) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING RETURNING id',
    [name, passwordHash, user.role]
  )
  const row = rows[0]
  if (!row) throw new ApiError('invalid-input', said('problems.team.userExists', { name }))
  return { id: Number(row.id), name, role: user.role }
}

/** Verifies against `stored`, or, when there is no account (null), does the same work against a stand-in and says no. */
export async function verifyOrWaste(stored: string | null, password: string): Promise<boolean> {
  const matches = await verify(stored ?? UNKNOWN_USER_HASH, password).catch(() => false)
  return matches && stored !== null
}

// A hash of a random password, verified against for names that have no account.
const UNKNOWN_USER_HASH = '$argon2id$v=19$m=19456,t=2,p=1$Revg9tErAfe/KwPjiyg1lA$FONdRO96+gXQiN7DjOD48kZ1yJ/p3AlgotSTdgKpeSI'
