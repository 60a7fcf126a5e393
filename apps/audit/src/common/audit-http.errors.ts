/** 400 naming the field that is wrong. */
export class InvalidFieldError extends Error {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

/** 404: nothing archived or recorded under that id. */
export class NotFoundError extends Error {}
