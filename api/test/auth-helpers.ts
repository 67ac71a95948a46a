/** Operations and error readers the sign-in, token and password tests share. */
export const LOGIN =
  'mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { login } } }';
export const REFRESH =
  'mutation ($r: String!) { refreshSession(refreshToken: $r) { accessToken refreshToken } }';
export const LOGOUT = 'mutation { logout }';
export const VIEWER = '{ viewer { kind id name permissions allParks parks { code } tenant { id } } }';

type Answer = { errors?: { extensions?: Record<string, unknown> }[] };
export const codeOf = (r: Answer) => r.errors?.[0]?.extensions?.code;
export const domainOf = (r: Answer) => r.errors?.[0]?.extensions?.domainCode;
