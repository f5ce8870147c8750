/** A numbered schema step. `up` runs inside one transaction with the version bump. */
export interface Migration {
  version: number;
  name: string;
  up: string;
}
