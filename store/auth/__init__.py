"""Sign-in and sessions: who may use the dashboard, and which browser is signed in as whom.

- ``accounts``: the users table (argon2 password hashes, roles), sign-in with its limits.
- ``sign_in_limits``: wrong-password counters per account and per client (the table behind the lockout).
- ``sessions``: pure rules: the access mode (accounts, SSO or local), the session policy, client addresses.
- ``user_sessions``: signed-in browsers in the database (a random token per HttpOnly cookie).
- ``session_routes``: the cookie endpoint mounted on Streamlit's server (Starlette, no Streamlit).

They build on the store (store.database, store.engine, store.audit); nothing else in store/ imports them.
"""
